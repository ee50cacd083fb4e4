import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { graphqlExecutions } from '../metrics.js';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What the executor reads of Apollo's request (its gateway request context). */
interface Request {
  readonly document: DocumentNode;
  readonly operationName?: string | null;
  readonly operation?: OperationDefinitionNode;
  readonly request: { readonly variables?: Record<string, unknown> };
  readonly context: unknown;
}

/**
 * Queries run as code compiled for them (graphql-jit) instead of being interpreted field by
 * field (graphql-js's `execute`): a page of 20 orders with their lines resolves several hundred
 * fields, and graphql-js spends about a microsecond on each before any resolver runs. The same
 * schema, resolvers and context; what differs is only how the tree of fields is walked.
 *
 * graphql-js still runs what compiling does not earn or does not cover:
 *   - mutations, which run one at a time and do their work in resolvers;
 *   - introspection (`__schema`, `__type`: the playground's and code generators' reads);
 *   - an operation graphql-jit cannot compile;
 *   - a request whose variables are refused: graphql-js answers it, so its errors read exactly
 *     as they always have (`variable-errors.ts`), and nothing has run.
 *
 * Compiled operations are kept per parsed document, which Apollo Server keeps in its own
 * bounded cache, so the compiled code lives exactly as long as the parse it was made from.
 */
export class CompiledExecution {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(
    private readonly schema: GraphQLSchema,
    /** `compile: false` interprets every operation (COMPILED_QUERIES=0). */
    private readonly options: { readonly compile: boolean } = { compile: true },
  ) {}

  /** Plugs the executor into Apollo Server as its `gateway`: Apollo parses and validates. */
  gateway(): Gateway {
    const executor = ((request: Request) => this.execute(request)) as unknown as Executor;
    return {
      onSchemaLoadOrUpdate: (callback) => {
        callback({ apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) });
        return () => {};
      },
      load: async () => ({ executor }),
      stop: async () => {},
    };
  }

  async execute(request: Request): Promise<ExecutionResult> {
    const variableValues = request.request.variables ?? {};
    const compiled = this.compiledFor(request);
    if (compiled) {
      const result = await compiled.query(undefined, request.context, variableValues);
      // Refused variables: nothing ran; graphql-js words the refusal.
      if (result.data !== undefined || !result.errors) {
        graphqlExecutions.inc({ execution: 'compiled' });
        return result;
      }
    }
    graphqlExecutions.inc({ execution: 'interpreted' });
    return execute({
      schema: this.schema,
      document: request.document,
      contextValue: request.context,
      variableValues,
      operationName: request.operationName ?? undefined,
    });
  }

  private compiledFor(request: Request): CompiledQuery | null {
    const operation = request.operation;
    if (!this.options.compile) return null;
    if (!operation || operation.operation !== 'query' || introspects(operation)) return null;
    const name = request.operationName ?? '';
    let byName = this.compiled.get(request.document);
    if (!byName) this.compiled.set(request.document, (byName = new Map()));
    let compiled = byName.get(name);
    if (compiled === undefined) {
      const made = compileQuery(this.schema, request.document, request.operationName ?? undefined);
      compiled = isCompiledQuery(made) ? made : null;
      byName.set(name, compiled);
    }
    return compiled;
  }
}

/** Whether the operation reads the schema itself (`__schema` or `__type` at its root). */
function introspects(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (selection) =>
      selection.kind !== 'Field' ||
      selection.name.value === '__schema' ||
      selection.name.value === '__type',
  );
}
