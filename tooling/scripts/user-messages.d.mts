/** Types of user-messages.mjs, for the TypeScript tests that use it. */
export interface FoundMessage {
  readonly file: string;
  readonly line: number;
  readonly callee: string;
  readonly code: string | null;
  readonly kind: 'refusal' | 'validation';
  readonly rules: readonly string[] | null;
  readonly message: string;
}

export interface DynamicMessage {
  readonly file: string;
  readonly line: number;
  readonly callee: string;
  readonly expression: string;
}

export declare const MESSAGE_CALLS: Record<
  string,
  { readonly message: number; readonly code?: number | string; readonly rules?: number }
>;
export declare const MESSAGE_FUNCTION: RegExp;
export declare const VALUE: string;
export declare function publicNamesOf(sdl: string): Set<string>;
export declare function scanMessages(
  dirs: readonly string[],
  options?: { root?: string },
): { messages: FoundMessage[]; dynamic: DynamicMessage[] };
