import { App, Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { DecisionCheck } from '../../../../core/contract/decisions';
import { api } from '../../api/client';
import { showError } from '../../api/showError';
import { useApi } from '../../api/useApi';
import { encodeFiles } from '../import/readFiles';
import { DraftInput } from './DraftInput';
import { DraftText } from './DraftText';
import './decisions.css';
import { FindingList } from './FindingList';
import { OpinionPanel, type OpinionForm } from './OpinionPanel';

// The draft and the reviewer's choices survive a visit to a linked case and back (this tab only).
const STORE = 'anjian.decisions';
interface Stored {
  text: string;
  form: OpinionForm | null;
}
const load = (): Stored => {
  try {
    return {
      text: '',
      form: null,
      ...(JSON.parse(sessionStorage.getItem(STORE) ?? '{}') as Partial<Stored>),
    };
  } catch {
    return { text: '', form: null };
  }
};

/** 文书体检: a draft decision checked against the rules and the cases the agencies lost. */
export function DecisionsPage() {
  const { message } = App.useApp();
  const [initial] = useState(load);
  const [text, setText] = useState(initial.text);
  // Back from a linked case: the stored draft is checked again and shown as it was.
  const arrival = useApi('decisions.check', initial.text.trim() ? { text: initial.text } : null);
  const [checked, setChecked] = useState<DecisionCheck | null>();
  const result = checked === null ? undefined : (checked ?? arrival.data);
  const [selected, setSelected] = useState<number>();
  const [storedForm, setForm] = useState<OpinionForm | null>(initial.form);
  const form = storedForm ?? (result ? { conclusion: result.conclusion, reviewer: '', notes: '' } : null);
  const [busy, setBusy] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  useEffect(() => {
    sessionStorage.setItem(STORE, JSON.stringify({ text: result ? result.text : text, form: storedForm }));
  }, [text, storedForm, result]);

  const check = async (input: { text?: string; file?: { name: string; dataBase64: string } }) => {
    setBusy(true);
    try {
      const answer = await api.call('decisions.check', input);
      setChecked(answer);
      setText(answer.text);
      setSelected(undefined);
      setForm({ conclusion: answer.conclusion, reviewer: storedForm?.reviewer ?? '', notes: '' });
      // The pasted draft may have pushed the page down; the review starts at its heading.
      requestAnimationFrame(() => top.current?.scrollIntoView({ block: 'start' }));
    } catch (e) {
      showError(message, e);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File) => {
    const { encoded, failures } = await encodeFiles([file]);
    if (failures[0]) void message.error(failures[0].message);
    else if (encoded[0]) await check({ file: encoded[0] });
  };

  const passage = selected === undefined ? undefined : result?.findings[selected]?.passage;
  const counts = result && {
    high: result.findings.filter((f) => f.severity === 'high').length,
    medium: result.findings.filter((f) => f.severity === 'medium').length,
    low: result.findings.filter((f) => f.severity === 'low').length,
  };

  return (
    <div className="decisions-page" ref={top}>
      <Typography.Title level={3}>文书体检</Typography.Title>
      <Typography.Paragraph type="secondary">
        执法决定发出前的法制审核：识别文书类型和要素，逐条对照法律规定检查，并列出在同一问题上败诉的案例。
      </Typography.Paragraph>
      {!result ? (
        <DraftInput
          text={text}
          onText={setText}
          onFile={(f) => void onFile(f)}
          onCheck={() => void check({ text })}
          busy={busy || arrival.loading}
        />
      ) : (
        <Row gutter={16} align="top">
          <Col xs={24} xl={14}>
            <Card
              size="small"
              title={
                <Space wrap>
                  <span>文书类型：</span>
                  <Tag color="geekblue" className="doc-type">
                    {result.docType}
                  </Tag>
                </Space>
              }
              extra={
                <Button size="small" onClick={() => setChecked(null)}>
                  修改文书 / 重新体检
                </Button>
              }
            >
              <DraftText text={result.text} elements={result.elements} passage={passage} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            {form && (
              <OpinionPanel text={result.text} proposed={result.conclusion} form={form} onChange={setForm} />
            )}
            <Card
              size="small"
              className="findings-card"
              title={
                counts && (
                  <Space>
                    <span>发现的问题</span>
                    <Tag color="red">高 {counts.high}</Tag>
                    <Tag color="orange">中 {counts.medium}</Tag>
                    <Tag color="blue">低 {counts.low}</Tag>
                  </Space>
                )
              }
            >
              <FindingList findings={result.findings} selected={selected} onSelect={setSelected} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
