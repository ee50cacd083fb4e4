// Types of generate-operations.mjs for the tests that import it.
import type { DocumentNode } from 'graphql';

export const SCHEMA_PATH: string;
export const DOCUMENTS_PATH: string;
export const TABLE_PATH: string;
export const BUDGET: { tokens: number; cost: number; depth: number };
export interface GeneratedOperation {
  name: string;
  operation: 'query' | 'mutation';
  opName: string;
  description: string | null;
  document: DocumentNode;
  argsMode: 'none' | 'input' | 'variables';
  inputTypeName: string | null;
  required: boolean;
  idempotencyKey: boolean;
  userErrors: boolean;
  nullable: boolean;
}
export function measure(document: DocumentNode): { cost: number; depth: number; tokens: number };
export function generate(schemaSource: string): {
  documents: string;
  table: string;
  operations: GeneratedOperation[];
};
