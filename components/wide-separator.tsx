/**
 * The "·" between items of a line that wraps: shown on a wide screen, left out on a phone, where the
 * items wrap and spacing alone separates them, so no line starts or ends with a dot.
 */
export function WideSeparator() {
  return (
    <span aria-hidden className="hidden sm:inline">
      ·
    </span>
  );
}
