import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../openapi-document.js';
import { OPERATION_IDS } from './operation-ids.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
const document = generateOpenApiDocument() as any;
const operations = Object.entries(document.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operationId: operation.operationId })),
);

describe('operation ids', () => {
  it('names every operation, so a generated client has methods called startRun, not postApiV1GraphsIdRuns', () => {
    expect(operations.filter((operation) => operation.operationId === undefined).map((operation) => operation.key)).toEqual([]);
  });

  it('names each once, and names no operation the document lacks', () => {
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(OPERATION_IDS).sort()).toEqual(operations.map((operation) => operation.key).sort());
  });
});
