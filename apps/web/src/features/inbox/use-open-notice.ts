import type { InboxNotice } from '@yunju/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../components/error-message.ts';
import { markRead, noticeRoute } from './inbox-api.ts';

/** Marks the notice read (if it is not yet) and goes to its page. */
export function useOpenNotice(after?: () => void): (notice: InboxNotice) => void {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { t } = useTranslation();
  const messageOf = useErrorMessage();
  return (notice) => {
    void (async () => {
      if (notice.readAt === null) {
        try {
          await markRead(notice.id);
        } catch (error) {
          void message.error(messageOf(error));
        }
      }
      after?.();
      const route = noticeRoute(notice.link);
      if (route) await navigate(route);
      else if (notice.readAt !== null) void message.info(t('inbox.noLink'));
    })();
  };
}
