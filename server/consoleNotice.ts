// Things a person must not miss in the terminal (the generated admin password): a framed box, printed
// after the build output and the start-up lines.

/** `lines` in a frame of `#`, with an empty line before and after. Plain ASCII: it survives any log viewer. */
export function noticeBox(lines: readonly string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '#'.repeat(width + 8);
  const body = lines.map((line) => `##  ${line.padEnd(width)}  ##`);
  return ['', rule, `##  ${' '.repeat(width)}  ##`, ...body, `##  ${' '.repeat(width)}  ##`, rule, ''].join('\n');
}

/** The notice of a password shown once: the first admin's, or one set by `npm run reset-admin`. */
export function passwordNotice(heading: string, email: string, password: string): string {
  return noticeBox([
    heading,
    '',
    `  E-mail:   ${email}`,
    `  Password: ${password}`,
    '',
    'It is shown only now. Sign in and change it under "My account",',
    'or run `npm run reset-admin` if it is ever lost.',
  ]);
}
