/** App IO message limits (IO API `NewMessage.content`): subject 10–120 characters, markdown 80–10,000. */
export const APP_IO_SUBJECT = { min: 10, max: 120 } as const;
export const APP_IO_MARKDOWN = { min: 80, max: 10_000 } as const;

/** Why App IO would refuse this content, or null when it fits the limits. */
export function appIoContentProblem(
  subject: string,
  markdown: string,
  markdownMax: number = APP_IO_MARKDOWN.max,
): string | null {
  const s = [...subject].length;
  const m = [...markdown].length;
  if (s < APP_IO_SUBJECT.min || s > APP_IO_SUBJECT.max)
    return `App IO subject must be ${APP_IO_SUBJECT.min}–${APP_IO_SUBJECT.max} characters (it has ${s})`;
  if (m < APP_IO_MARKDOWN.min || m > markdownMax)
    return `App IO markdown must be ${APP_IO_MARKDOWN.min}–${markdownMax} characters (it has ${m})`;
  return null;
}
