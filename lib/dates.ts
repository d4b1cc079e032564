/** The few date formats the app shows, all in UTC so server and browser agree. */
export const isoDay = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

export const stamp = (d: Date | string) => `${new Date(d).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export const longDate = (d: Date | string) =>
  new Date(d).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
