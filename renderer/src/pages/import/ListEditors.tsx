import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Tag } from 'antd';
import type { ImportDraft } from '../../../../core/contract/import';
import type { CaseContent } from '../../../../shared/case';
import { useTaxonomy } from '../../api/taxonomy';

type LossReasons = CaseContent['lossReasons'];
type Provisions = CaseContent['provisions'];

/** Names (parties) as tags: type a name and Enter to add, × to remove. */
export function NamesEditor(props: { label: string; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <Select
      mode="tags"
      aria-label={props.label}
      style={{ width: '100%' }}
      value={props.value}
      open={false}
      tokenSeparators={['、']}
      onChange={(v: string[]) => props.onChange(v.map((s) => s.trim()).filter(Boolean))}
    />
  );
}

/**
 * 败诉原因: each proposed reason with the court's sentence it came from (editable: the library
 * keeps the ground in its own words), marked as cited by the court or read from its reasoning.
 */
export function LossReasonsEditor(props: {
  value: LossReasons;
  evidence: ImportDraft['fields']['lossReasonEvidence'];
  onChange: (v: LossReasons) => void;
}) {
  const taxonomy = useTaxonomy();
  const set = (i: number, patch: Partial<LossReasons[number]>) =>
    props.onChange(props.value.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="import-loss-reasons">
      {props.value.map((r, i) => {
        const basis = props.evidence.find((e) => e.code === r.code)?.basis;
        return (
          <div key={i} className="import-loss-reason">
            <Space>
              <Select
                aria-label={`败诉原因 ${i + 1}`}
                style={{ width: 220 }}
                value={r.code}
                onChange={(code) => set(i, { code })}
                options={taxonomy.lossReasons.map((d) => ({ value: d.code, label: d.name }))}
              />
              {basis && <Tag>{basis === 'statute' ? '法院引用法条' : '本院认为中的表述'}</Tag>}
              <Button
                aria-label={`删除败诉原因 ${i + 1}`}
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => props.onChange(props.value.filter((_r, j) => j !== i))}
              />
            </Space>
            <Input.TextArea
              aria-label={`败诉原因 ${i + 1} 的理由`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              value={r.ground}
              placeholder="法院认定的理由"
              onChange={(e) => set(i, { ground: e.target.value })}
            />
          </div>
        );
      })}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => props.onChange([...props.value, { code: 'procedure', ground: '' }])}
      >
        添加败诉原因
      </Button>
    </div>
  );
}

/** 裁判依据: the cited statutes, one row each (law short name, article, clause as written). */
export function ProvisionsEditor(props: { value: Provisions; onChange: (v: Provisions) => void }) {
  const set = (i: number, patch: Partial<Provisions[number]>) =>
    props.onChange(props.value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <div className="import-provisions">
      {props.value.map((p, i) => (
        <Space key={i} size={4} style={{ display: 'flex', marginBottom: 4 }}>
          <Input
            aria-label={`法条 ${i + 1} 法律名称`}
            style={{ width: 180 }}
            value={p.law}
            onChange={(e) => set(i, { law: e.target.value })}
          />
          <InputNumber
            aria-label={`法条 ${i + 1} 条号`}
            addonBefore="第"
            addonAfter="条"
            min={1}
            precision={0}
            style={{ width: 130 }}
            value={p.article}
            onChange={(v) => v && set(i, { article: v })}
          />
          <Input
            aria-label={`法条 ${i + 1} 款项`}
            style={{ width: 130 }}
            value={p.clause}
            onChange={(e) => set(i, { clause: e.target.value })}
          />
          <Button
            aria-label={`删除法条 ${i + 1}`}
            size="small"
            icon={<DeleteOutlined />}
            onClick={() => props.onChange(props.value.filter((_p, j) => j !== i))}
          />
        </Space>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() =>
          props.onChange([
            ...props.value,
            { law: '行政诉讼法', article: 70, clause: '', version: '', note: '' },
          ])
        }
      >
        添加法条
      </Button>
    </div>
  );
}
