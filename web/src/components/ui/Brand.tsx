/** The wordmark: a plain glyph and the name, no image to fetch. */
export function Brand() {
  return (
    <span className="brand">
      <span className="brand-mark" aria-hidden="true">
        C
      </span>
      <span className="brand-name">Consilium</span>
    </span>
  );
}
