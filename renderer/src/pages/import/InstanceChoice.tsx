import { Alert, Radio } from 'antd';
import type { ImportDraft } from '../../../../core/contract/import';

interface Props {
  draft: ImportDraft;
  /** The earlier draft case this document merges into; undefined: imported as a new case, linked. */
  mergeInto: string | undefined;
  onChange: (mergeInto: string | undefined) => void;
}

/**
 * A later instance whose earlier case is in the library: link the two (always possible), or, while
 * the earlier case is still a draft, merge into it (its content replaced, the old version kept in
 * its history). A reviewed earlier case is only linked.
 */
export function InstanceChoice({ draft, mergeInto, onChange }: Props) {
  const drafts = draft.instances.filter((x) => x.draft);
  if (!drafts.length) return null;
  return (
    <Alert
      className="import-instance-choice"
      type="info"
      style={{ marginBottom: 12 }}
      message="本文书引用的较早审级已在案例库中，且仍是草稿"
      description={
        <Radio.Group
          value={mergeInto ?? ''}
          onChange={(e) => onChange((e.target.value as string) || undefined)}
          aria-label="与较早审级的关系"
        >
          <Radio value="">作为新案例导入，并链接为关联文书</Radio>
          {drafts.map((x) => (
            <Radio key={x.id} value={x.id}>
              合并到草稿“{x.title}”（{x.caseNumber}），原内容留在历史中
            </Radio>
          ))}
        </Radio.Group>
      }
    />
  );
}
