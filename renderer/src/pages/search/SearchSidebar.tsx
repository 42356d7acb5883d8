import { CloseOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { SAVED_SEARCHES_CHANGED, searchUrl } from './searchState';

/** Saved and recent searches in the sidebar, one click from anywhere in the app. */
export function SearchSidebar() {
  const navigate = useNavigate();
  const saved = useApi('savedSearches.list', {});
  const recent = useApi('search.recent', {});
  const { reload: reloadSaved } = saved;
  const { reload: reloadRecent } = recent;
  useEffect(() => {
    const refresh = () => {
      reloadSaved();
      reloadRecent();
    };
    window.addEventListener(SAVED_SEARCHES_CHANGED, refresh);
    return () => window.removeEventListener(SAVED_SEARCHES_CHANGED, refresh);
  }, [reloadSaved, reloadRecent]);

  return (
    <nav className="search-sidebar" aria-label="保存的检索与最近检索">
      {!!saved.data?.length && (
        <>
          <Typography.Text type="secondary" className="search-sidebar-heading">
            保存的检索
          </Typography.Text>
          {saved.data.map((s) => (
            <div key={s.id} className="search-sidebar-item">
              {s.problem ? (
                <Typography.Text type="secondary" delete title={s.problem}>
                  {s.name}
                </Typography.Text>
              ) : (
                <a
                  href={`#${searchUrl(s)}`}
                  title={s.q}
                  onClick={(e) => {
                    e.preventDefault();
                    void navigate(searchUrl(s));
                  }}
                >
                  {s.name}
                </a>
              )}
              <Button
                type="text"
                size="small"
                aria-label={`删除保存的检索 ${s.name}`}
                icon={<CloseOutlined />}
                onClick={() => void api.call('savedSearches.delete', { id: s.id }).then(() => reloadSaved())}
              />
            </div>
          ))}
        </>
      )}
      {!!recent.data?.length && (
        <>
          <Typography.Text type="secondary" className="search-sidebar-heading">
            最近检索
          </Typography.Text>
          {recent.data.slice(0, 6).map((r) => (
            <div key={r.q} className="search-sidebar-item">
              <a
                href={`#${searchUrl({ q: r.q })}`}
                onClick={(e) => {
                  e.preventDefault();
                  void navigate(searchUrl({ q: r.q }));
                }}
              >
                {r.q}
              </a>
            </div>
          ))}
        </>
      )}
    </nav>
  );
}
