/** Closes a union switch: a new member becomes a compile error at every switch. */
export const assertNever = (value: never): never => {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
};
