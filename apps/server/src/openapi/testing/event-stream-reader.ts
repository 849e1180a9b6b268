/* Server-Sent Events as a test script reads them: whole blocks, `data` parsed as JSON. */

export interface StreamEvent {
  event: string;
  id: string;
  data: unknown;
}

export const parseEvents = (chunk: string): StreamEvent[] =>
  chunk
    .split('\n\n')
    .filter((block) => /^event: /m.test(block))
    .map((block) => ({ event: /^event: (.*)$/m.exec(block)![1]!, id: /^id: (.*)$/m.exec(block)?.[1] ?? '', data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') }));

/** Reads a stream until `enough` says so, then drops the connection, as a flaky network does. */
export const readUntil = async (response: Response, enough: (events: StreamEvent[]) => boolean): Promise<StreamEvent[]> => {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    const complete = text.slice(0, text.lastIndexOf('\n\n') + 2);
    if (enough(parseEvents(complete))) {
      await reader.cancel();
      return parseEvents(complete);
    }
  }
  return parseEvents(text);
};
