// Every status, light, source kind and audit action, record kind and field the domain knows has a standalone label in both locales of the
// one shared catalog (shared/labels/*.json) that the server's exports and messages and the web use.
import { describe, expect, it } from 'vitest';
import { TASK_STATUSES } from '../src/modules/ledger/index.ts';
import { taskQuery, taskItem } from '../src/modules/ledger/schema.ts';
import { sourceKinds } from '../src/modules/ledger/service/sources.ts';
import { PROBLEM_STATUSES, SOURCE_KINDS } from '../src/modules/problems/domain/index.ts';
import { labels, locales } from '../src/platform/i18n/index.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, AUDIT_FIELDS } from '../src/platform/audit/index.ts';
import { AUDIT_VALUES } from '../src/modules/audit-log/words.ts';
import { domainError, formatDomainError } from '../src/modules/ledger/domain/index.ts';

const lights = taskQuery.properties.light.items.enum;
const taskLights = taskItem.properties.light.enum.filter((x) => x !== null);

const vocabularies = {
  taskStatus: TASK_STATUSES,
  problemStatus: PROBLEM_STATUSES,
  light: [...new Set([...lights, ...taskLights]), 'none'],
  taskSourceKind: sourceKinds,
  problemSourceKind: SOURCE_KINDS,
  // The audit log in words (issue #9): every action, kind of record and field audit() may write.
  auditAction: AUDIT_ACTIONS,
  auditEntity: AUDIT_ENTITIES,
  auditField: AUDIT_FIELDS,
  auditValue: AUDIT_VALUES,
} as const;

const keys = (o: object) => Object.keys(o).sort();

describe('shared labels', () => {
  for (const locale of locales) {
    for (const [group, values] of Object.entries(vocabularies)) {
      it(`${locale}: every ${group} has a label and no label is left over`, () => {
        const catalog = labels[locale][group as keyof typeof vocabularies] as Record<string, string>;
        for (const value of values) expect(catalog[value]?.trim(), `${locale} ${group}.${value}`).toBeTruthy();
        expect(keys(catalog)).toEqual([...values].sort());
      });
    }
  }

  it('gives both locales the same groups', () => {
    expect(keys(labels['en-US'])).toEqual(keys(labels['zh-CN']));
    expect(keys(labels['zh-CN'])).toEqual(keys(vocabularies));
  });

  it('quotes the standalone label inside a sentence', () => {
    const error = domainError('task.invalid_transition', { state: 'signOffRequested', action: 'dispatch' });
    expect(formatDomainError(error, 'en-US')).toBe('The task’s status is “Sign-off requested”: you cannot dispatch it now');
    expect(formatDomainError(error, 'zh-CN')).toBe('任务当前为“申请销号”，不能下达');
  });
});
