import { Route, Routes } from 'react-router';
import { CasebookBuilder } from './CasebookBuilder';
import { CasebookList } from './CasebookList';
import './casebooks.css';

/** 案例汇编: the list of casebooks, and the builder of one (/casebooks/<id>). */
export function CasebooksPage() {
  return (
    <Routes>
      <Route index element={<CasebookList />} />
      <Route path=":id" element={<CasebookBuilder />} />
    </Routes>
  );
}
