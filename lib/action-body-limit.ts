/**
 * The largest form a Server Action accepts, in bytes; next.config.js sets the same limit
 * (serverActions.bodySizeLimit, 4 MB). Beyond it Next answers a bare 500, so forms check first and
 * proxy.ts answers 413 to a post that declares a larger body.
 */
export const ACTION_BODY_LIMIT_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** Roughly what the multipart body of this form will weigh: field names, UTF-8 values and files. */
export function formDataBytes(formData: FormData): number {
  let bytes = 0;
  for (const [key, value] of formData) {
    // Each part carries a boundary and a Content-Disposition header of about this size.
    bytes +=
      100 +
      encoder.encode(key).length +
      (typeof value === 'string' ? encoder.encode(value).length : value.size);
  }
  return bytes;
}
