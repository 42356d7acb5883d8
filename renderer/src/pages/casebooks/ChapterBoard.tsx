import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  HolderOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Card, Empty, Input, Select, Space, Tooltip, Typography } from 'antd';
import { moveCase, newChapterKey, type CaseItem, type DraftChapter } from './draft';

interface Props {
  chapters: DraftChapter[];
  numbered: boolean;
  onChange: (chapters: DraftChapter[]) => void;
}

const chineseNumber = (n: number) => {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n] ?? '';
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  return String(n);
};

/**
 * The chapters of a casebook and their cases. Cases are dragged within and across chapters
 * (mouse or keyboard: focus the handle, Space, arrows, Space); each case can also be moved with
 * its 移到 menu. Chapters are renamed in place and ordered with the arrow buttons.
 */
export function ChapterBoard({ chapters, numbered, onChange }: Props) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const containerOf = (id: string) =>
    chapters.find((ch) => ch.key === id || ch.cases.some((c) => c.id === id))?.key;

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = containerOf(String(active.id));
    const to = containerOf(String(over.id));
    if (!from || !to || from === to) return;
    onChange(moveCase(chapters, String(active.id), to, to === String(over.id) ? undefined : String(over.id)));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const key = containerOf(String(active.id));
    if (!key || key !== containerOf(String(over.id))) return;
    onChange(
      chapters.map((ch) => {
        if (ch.key !== key) return ch;
        const from = ch.cases.findIndex((c) => c.id === active.id);
        const to = ch.cases.findIndex((c) => c.id === over.id);
        return from < 0 || to < 0 || from === to ? ch : { ...ch, cases: arrayMove(ch.cases, from, to) };
      }),
    );
  };

  const titleOf = (id: string | number) =>
    chapters.flatMap((ch) => ch.cases).find((c) => c.id === id)?.title ?? '案例';
  const placeOf = (id: string | number) => {
    const ch = chapters.find((c) => c.key === id || c.cases.some((x) => x.id === id));
    return ch ? `“${ch.title}”` : '';
  };
  // What screen readers hear while a case is dragged (dnd-kit's defaults are English).
  const accessibility = {
    screenReaderInstructions: { draggable: '按空格键拿起案例，用方向键移动，再按空格键放下，按 Esc 取消。' },
    announcements: {
      onDragStart: ({ active }: { active: { id: string | number } }) => `已拿起：${titleOf(active.id)}`,
      onDragOver: ({
        active,
        over,
      }: {
        active: { id: string | number };
        over: { id: string | number } | null;
      }) =>
        over ? `${titleOf(active.id)} 移到 ${placeOf(over.id)}` : `${titleOf(active.id)} 不在可放置区域`,
      onDragEnd: ({
        active,
        over,
      }: {
        active: { id: string | number };
        over: { id: string | number } | null;
      }) =>
        over ? `已放下：${titleOf(active.id)}，位于 ${placeOf(over.id)}` : `已放下：${titleOf(active.id)}`,
      onDragCancel: ({ active }: { active: { id: string | number } }) => `已取消移动：${titleOf(active.id)}`,
    },
  };

  const patch = (key: string, change: Partial<DraftChapter>) =>
    onChange(chapters.map((ch) => (ch.key === key ? { ...ch, ...change } : ch)));
  const moveChapter = (index: number, by: -1 | 1) => onChange(arrayMove(chapters, index, index + by));

  // Cases are numbered across the whole book, as in print.
  const firstNo = chapters.map((_, i) => chapters.slice(0, i).reduce((n, ch) => n + ch.cases.length, 0));
  return (
    <DndContext
      accessibility={accessibility}
      sensors={sensors}
      collisionDetection={closestCorners}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {chapters.map((ch, index) => (
          <Card
            key={ch.key}
            size="small"
            className="chapter-card"
            title={
              <Space>
                <Typography.Text strong>第{chineseNumber(index + 1)}章</Typography.Text>
                <Input
                  aria-label={`第${chineseNumber(index + 1)}章标题`}
                  value={ch.title}
                  maxLength={60}
                  onChange={(e) => patch(ch.key, { title: e.target.value })}
                  style={{ width: 220 }}
                />
                <Typography.Text type="secondary">{ch.cases.length} 件</Typography.Text>
              </Space>
            }
            extra={
              <Space size={0}>
                <Tooltip title="上移本章">
                  <Button
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label="上移本章"
                    disabled={index === 0}
                    onClick={() => moveChapter(index, -1)}
                  />
                </Tooltip>
                <Tooltip title="下移本章">
                  <Button
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label="下移本章"
                    disabled={index === chapters.length - 1}
                    onClick={() => moveChapter(index, 1)}
                  />
                </Tooltip>
                <Tooltip title={ch.cases.length ? '先移走本章的案例' : '删除本章'}>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="删除本章"
                    disabled={ch.cases.length > 0}
                    onClick={() => onChange(chapters.filter((c) => c.key !== ch.key))}
                  />
                </Tooltip>
              </Space>
            }
          >
            <ChapterCases chapter={ch}>
              {ch.cases.map((c, j) => {
                const caseNo = (firstNo[index] ?? 0) + j + 1;
                return (
                  <SortableCase
                    key={c.id}
                    item={c}
                    label={numbered ? `案例${chineseNumber(caseNo)}` : ''}
                    chapters={chapters}
                    chapterKey={ch.key}
                    onMove={(to) => onChange(moveCase(chapters, c.id, to))}
                    onRemove={() => patch(ch.key, { cases: ch.cases.filter((x) => x.id !== c.id) })}
                  />
                );
              })}
            </ChapterCases>
          </Card>
        ))}
        <Button
          icon={<PlusOutlined />}
          onClick={() => onChange([...chapters, { key: newChapterKey(), title: '新章节', cases: [] }])}
        >
          添加章节
        </Button>
      </Space>
    </DndContext>
  );
}

function ChapterCases({ chapter, children }: { chapter: DraftChapter; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id: chapter.key });
  return (
    <SortableContext
      id={chapter.key}
      items={chapter.cases.map((c) => c.id)}
      strategy={verticalListSortingStrategy}
    >
      <ol
        ref={setNodeRef}
        className={`chapter-cases${isOver ? ' is-over' : ''}`}
        aria-label={`${chapter.title}的案例`}
      >
        {chapter.cases.length ? (
          children
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="把案例拖到这里" />
        )}
      </ol>
    </SortableContext>
  );
}

function SortableCase({
  item,
  label,
  chapters,
  chapterKey,
  onMove,
  onRemove,
}: {
  item: CaseItem;
  label: string;
  chapters: DraftChapter[];
  chapterKey: string;
  onMove: (toKey: string) => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: item.id,
    });
  return (
    <li
      ref={setNodeRef}
      className={`case-item${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-case-id={item.id}
    >
      <button
        type="button"
        className="drag-handle"
        ref={setActivatorNodeRef}
        aria-label={`拖动排序：${item.title}`}
        {...attributes}
        {...listeners}
      >
        <HolderOutlined />
      </button>
      {label && <span className="case-label">{label}</span>}
      <span className="case-title" title={item.title}>
        {item.title}
      </span>
      <Select
        size="small"
        className="move-select"
        aria-label={`把“${item.title}”移到其他章节`}
        value={null}
        placeholder="移到…"
        popupMatchSelectWidth={false}
        options={chapters.filter((c) => c.key !== chapterKey).map((c) => ({ value: c.key, label: c.title }))}
        onChange={(key: string) => onMove(key)}
      />
      <Button size="small" type="text" danger aria-label={`移出：${item.title}`} onClick={onRemove}>
        移出
      </Button>
    </li>
  );
}
