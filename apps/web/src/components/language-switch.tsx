import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../i18n/index.ts';

/** Toggles 中文 / English; the label names the language it switches to. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <Button
      type="text"
      className={className}
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('lang.switchLabel')}
      onClick={() => setLanguage(currentLanguage() === 'en' ? 'zh-CN' : 'en')}
    >
      {t('lang.switchTo')}
    </Button>
  );
}
