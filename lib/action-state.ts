/** What every Server Action returns to its form. */
export type ActionState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, echoed back so a rejected form keeps what the editor typed. */
  values?: Record<string, string>;
};

export const idleState: ActionState = { status: 'idle' };
