/** Shared with the form's hint; the common-password list itself stays on the server (it is large). */
export const PASSWORD_MIN_LENGTH = 12;
