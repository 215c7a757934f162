import { DomainError, type FieldIssue } from '@groundwork/core';
import type { z } from 'zod';

function fieldOf(prefix: string, path: PropertyKey[]): string {
  return [prefix, ...path.map(String)].filter(Boolean).join('.') || 'body';
}

/** Turns zod's issues into field-level reasons that the edge can translate. */
export function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldOf(prefix, [...issue.path, key]),
        reason: 'unrecognized_key',
      }));
    }
    const field = fieldOf(prefix, issue.path);
    switch (issue.code) {
      case 'invalid_type':
        return [
          issue.input === undefined
            ? { field, reason: 'required' }
            : { field, reason: 'invalid_type', params: { expected: issue.expected } },
        ];
      case 'too_small':
        return [{ field, reason: 'too_small', params: { minimum: String(issue.minimum) } }];
      case 'too_big':
        return [{ field, reason: 'too_big', params: { maximum: String(issue.maximum) } }];
      case 'invalid_format':
        return [
          {
            field,
            reason: 'invalid_format',
            params: { format: issue.format === 'regex' ? issue.message : issue.format },
          },
        ];
      case 'invalid_value':
        return [{ field, reason: 'invalid_value', params: { options: issue.values.map(String).join(', ') } }];
      default:
        return [{ field, reason: 'invalid', params: { detail: issue.message } }];
    }
  });
}

/** Parses input with a schema or refuses it with every field at fault. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error, prefix);
  throw new DomainError('request.invalid', { field: issues[0]?.field, issues });
}
