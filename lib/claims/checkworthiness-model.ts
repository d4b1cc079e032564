import { CUES } from './checkworthiness-cues';

/**
 * A check-worthiness model as it is stored: in the repository (the shipped weights), in Postgres (a
 * newsroom's retrained model) and in the message that hands it to the browser worker. Hashed weights
 * are int16 steps of `scale`, base64-encoded, so the file stays small.
 */
export type StoredModel = {
  version: string;
  bits: number;
  /** Intercept, already shifted so that the tuned threshold sits at a score of 0.5. */
  bias: number;
  /** Weight of each named cue, by its label. */
  cues: Record<string, number>;
  scale: number;
  hashed: string;
};

export type Model = { version: string; bits: number; bias: number; weights: Float64Array };

export const modelDimensions = (bits: number) => CUES.length + (1 << bits);

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Decodes a stored model into one dense weight vector laid out as the features are. */
export function decodeModel(stored: StoredModel): Model {
  const weights = new Float64Array(modelDimensions(stored.bits));
  // Policy cues carry the newsroom's rule, whatever a stored model says, so retraining cannot quietly undo it.
  CUES.forEach((cue, i) => (weights[i] = cue.policy ?? stored.cues[cue.label] ?? 0));
  const view = new DataView(fromBase64(stored.hashed).buffer);
  for (let i = 0; i < 1 << stored.bits; i++)
    weights[CUES.length + i] = view.getInt16(i * 2, true) * stored.scale;
  return { version: stored.version, bits: stored.bits, bias: stored.bias, weights };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Encodes trained weights for storage; hashed weights are rounded to the nearest of 65,535 steps. */
export function encodeModel(model: Model): StoredModel {
  const size = 1 << model.bits;
  let largest = 1e-9;
  for (let i = 0; i < size; i++) largest = Math.max(largest, Math.abs(model.weights[CUES.length + i]));
  const scale = largest / 32767;
  const bytes = new Uint8Array(size * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < size; i++)
    view.setInt16(i * 2, Math.round(model.weights[CUES.length + i] / scale), true);
  const cues = Object.fromEntries(CUES.map((cue, i) => [cue.label, round(model.weights[i])]));
  return {
    version: model.version,
    bits: model.bits,
    bias: round(model.bias),
    cues,
    scale,
    hashed: toBase64(bytes),
  };
}
