// How the export page learns how many claims the builders have written: when it asks for this media
// type, the report route wraps each piece of the file in a frame that carries the running count, and
// the page unwraps the frames into the file. A plain download (a link) gets the file as it is.

export const PROGRESS_MEDIA_TYPE = 'application/vnd.claimdesk.report-progress';

/** A piece of a report file and how many claims the report holds once this piece is written. */
export type ReportPiece = { bytes: Uint8Array; claims: number };

const HEADER = 8;

/** A frame: the claim count and the piece's length (two big-endian uint32s), then the piece. */
export function encodeFrame({ bytes, claims }: ReportPiece): Uint8Array {
  const frame = new Uint8Array(HEADER + bytes.length);
  const view = new DataView(frame.buffer);
  view.setUint32(0, claims);
  view.setUint32(4, bytes.length);
  frame.set(bytes, HEADER);
  return frame;
}

/** Reads frames from chunks however the network split them; returns the whole pieces completed so far. */
export function frameDecoder(): (chunk: Uint8Array) => ReportPiece[] {
  let pending = new Uint8Array(0);
  return (chunk) => {
    const joined = new Uint8Array(pending.length + chunk.length);
    joined.set(pending);
    joined.set(chunk, pending.length);
    const pieces: ReportPiece[] = [];
    let at = 0;
    while (joined.length - at >= HEADER) {
      const view = new DataView(joined.buffer, joined.byteOffset + at, HEADER);
      const length = view.getUint32(4);
      if (joined.length - at < HEADER + length) break;
      pieces.push({ claims: view.getUint32(0), bytes: joined.slice(at + HEADER, at + HEADER + length) });
      at += HEADER + length;
    }
    pending = joined.slice(at);
    return pieces;
  };
}
