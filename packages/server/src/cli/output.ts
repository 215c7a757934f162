/** Where a command speaks: data and results on stdout, errors and progress on stderr. */
export interface Output {
  out(line: string): void;
  /** Text written as it is, for CSV. */
  raw(text: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  raw: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};
