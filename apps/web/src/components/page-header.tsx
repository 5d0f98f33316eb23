import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  /** Tags or a short line under the heading. */
  subTitle?: ReactNode;
  /** Actions at the right of the heading. */
  extra?: ReactNode;
}

/** The page's `<h1>` (one per page) and the document title. */
export function PageHeader({ title, subTitle, extra }: PageHeaderProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} - ${t('app.titleSuffix')}`;
  }, [title, t]);
  return (
    <div className="page-header">
      <div className="page-header-main">
        <h1 className="page-title">{title}</h1>
        {subTitle ? <div className="page-subtitle">{subTitle}</div> : null}
      </div>
      {extra ? <div className="page-header-extra">{extra}</div> : null}
    </div>
  );
}
