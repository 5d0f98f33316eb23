import { useTranslation } from 'react-i18next';
import { isApiError } from '../api.ts';

/** The user-facing message of any error: the server's in the UI language, else our own. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error: unknown) => {
    if (isApiError(error)) {
      if (error.code === 'network.error') return t('error.network');
      return error.messageFor(i18n.language) ?? t('error.unknown');
    }
    return t('error.unknown');
  };
}
