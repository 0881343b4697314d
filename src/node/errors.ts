/**
 * Bad input: a file the command cannot read as asked. The command prints it as `FILE:LINE:COLUMN: message` and exits
 * with status 2; the library functions throw it for their callers to word or catch.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    /** The file as the caller named it. */
    readonly file?: string,
    /** 1-based physical line where the CSV record (or JSON text) starts. */
    readonly line?: number,
    /** 1-based CSV column (field number), or JSON character column. */
    readonly column?: number,
  ) {
    super(message);
  }

  /** `file:line:column: message`, leaving out what is unknown. */
  override toString(): string {
    const where = [this.file, this.line, this.column].filter((part) => part !== undefined).join(':');
    return where === '' ? this.message : `${where}: ${this.message}`;
  }
}
