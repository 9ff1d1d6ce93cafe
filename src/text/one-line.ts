/** Text for a one-line message: a phrase broken across lines or a block-scalar value, its white space runs as single spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, " ");
