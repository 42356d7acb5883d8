import { ArrowLeftOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Collection } from '../../../../core/contract/collections';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { AddCases } from './AddCases';
import { ChapterBoard } from './ChapterBoard';
import { CoverForm } from './CoverForm';
import { draftOf, newChapterKey, updateInput, type CaseItem, type Draft } from './draft';
import { ExportPanel } from './ExportPanel';
import { showError } from '../../api/showError';

/** The casebook builder: cover and options on the left, chapters and their cases on the right. */
export function CasebookBuilder() {
  const { id = '' } = useParams();
  const { data, error } = useApi('collections.get', { id });
  if (error) return <Alert type="error" message={error.message} />;
  if (!data || data.id !== id) return <Skeleton active />;
  return <Builder key={data.id} initial={data} />;
}

function Builder({ initial }: { initial: Collection }) {
  const id = initial.id;
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
  };
  const present = useMemo(() => new Set(draft.chapters.flatMap((ch) => ch.cases.map((c) => c.id))), [draft]);

  /** Stores the draft; answers whether it is stored (export and preview only run on what is saved). */
  const save = async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving(true);
    try {
      await api.call('collections.update', updateInput(id, draft));
      setDirty(false);
      return true;
    } catch (e) {
      showError(message, e);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const addCases = (cases: CaseItem[]) => {
    const chapters = draft.chapters.map((ch) => ({ ...ch, cases: [...ch.cases] }));
    for (const c of cases) {
      let chapter = chapters.find((ch) => ch.title === c.category);
      if (!chapter) {
        chapter = { key: newChapterKey(), title: c.category, cases: [] };
        chapters.push(chapter);
      }
      chapter.cases.push(c);
    }
    change({ chapters });
  };

  const count = present.size;
  return (
    <div className="casebook-builder">
      <Flex justify="space-between" align="center" wrap gap={8} className="builder-head">
        <Flex align="center" gap={8}>
          <Button type="text" icon={<ArrowLeftOutlined />} href="#/casebooks" aria-label="返回汇编列表" />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {draft.title || '未命名汇编'}
          </Typography.Title>
          <Typography.Text type="secondary">共 {count} 件案例</Typography.Text>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Button icon={<SaveOutlined />} onClick={() => void save()} loading={saving} disabled={!dirty}>
            {dirty ? '保存' : '已保存'}
          </Button>
          <ExportPanel id={id} title={draft.title} save={save} />
        </Flex>
      </Flex>
      <Row gutter={16}>
        <Col xs={24} lg={9}>
          <Card size="small" title="封面与选项">
            <CoverForm draft={draft} onChange={change} />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card
            size="small"
            title="章节与案例顺序"
            extra={<Typography.Text type="secondary">拖动 ⠿ 调整顺序</Typography.Text>}
          >
            <div style={{ marginBottom: 12 }}>
              <AddCases present={present} onAdd={addCases} />
            </div>
            <ChapterBoard
              chapters={draft.chapters}
              numbered={draft.options.numbered}
              onChange={(chapters) => change({ chapters })}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
