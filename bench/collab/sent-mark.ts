/**
 * What a light receiver's writer sets: a string with its send time between markers. A Yjs
 * update carries a string value as its UTF-8 bytes, so the receiver finds the send time
 * with one native `indexOf` on the frame, without decoding the update or keeping a Y.Doc.
 */
const SENT_MARK = '@@sent:';
const SENT_END = 0x40; // '@'
export const markSentAt = (sentAt: number) => `${SENT_MARK}${sentAt.toFixed(3)}@@`;

/** The send time in an update frame `[sync = 0, update = 2, …]` carrying {@link markSentAt}, or undefined. */
export function readMarkedSentAt(data: Buffer): number | undefined {
  if (data[0] !== 0 || data[1] !== 2) return undefined;
  const at = data.indexOf(SENT_MARK, 2, 'latin1');
  if (at < 0) return undefined;
  const from = at + SENT_MARK.length;
  const to = data.indexOf(SENT_END, from);
  return to < 0 ? undefined : Number(data.toString('latin1', from, to));
}

