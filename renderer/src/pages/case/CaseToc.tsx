import { useEffect, useState } from 'react';

/** The element that scrolls the page: the shell's content area, or the document if that does not scroll. */
function scroller(): HTMLElement {
  const content = document.querySelector<HTMLElement>('.app-content');
  if (content && content.scrollHeight > content.clientHeight + 1) return content;
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * 目录: the sections present on the page; the one being read is marked as the page scrolls.
 * Buttons rather than #anchors, because the hash belongs to the router.
 */
export function CaseToc({ sections }: { sections: { id: string; label: string }[] }) {
  const [active, setActive] = useState(sections[0]?.id);
  useEffect(() => {
    const onScroll = () => {
      const container = scroller();
      // The section whose heading is in the upper third of the view is the one being read.
      const top =
        Math.max(0, container.getBoundingClientRect().top) + Math.min(240, container.clientHeight / 3);
      let current = sections[0]?.id;
      for (const s of sections) {
        const el = document.getElementById(`sec-${s.id}`);
        if (el && el.getBoundingClientRect().top <= top) current = s.id;
      }
      const atEnd = container.scrollTop + container.clientHeight >= container.scrollHeight - 4;
      setActive(atEnd && container.scrollTop > 0 ? sections[sections.length - 1]?.id : current);
    };
    const first = requestAnimationFrame(onScroll);
    // Scroll events do not bubble; capturing on the document sees whichever element scrolls.
    document.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => {
      cancelAnimationFrame(first);
      document.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [sections]);

  return (
    <nav className="case-toc no-print" aria-label="目录">
      <div className="case-toc-title">目录</div>
      <ul>
        {sections.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={s.id === active ? 'active' : undefined}
              aria-current={s.id === active ? 'location' : undefined}
              onClick={() => {
                document.getElementById(`sec-${s.id}`)?.scrollIntoView({ block: 'start' });
                setActive(s.id);
              }}
            >
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
