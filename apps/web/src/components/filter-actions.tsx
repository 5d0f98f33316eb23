import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 查询 / 重置 pair of a list's filter bar; 查询 submits the surrounding form. */
export function FilterActions({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button type="primary" htmlType="submit">
        {t('common.search')}
      </Button>
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </>
  );
}
