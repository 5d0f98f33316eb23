import { addStrings } from '../../i18n/add-strings.ts';

/** Strings of the change-password page (修改密码); the login page's strings stay in the core. */
export const authZhCN = {
  password: {
    title: '修改密码',
    mustChange: '为保障账号安全，首次登录或密码被重置后须先修改密码，修改完成后方可办理其他业务。',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    rules: '密码长度不少于 8 位，须包含大写字母、小写字母、数字、符号中的至少三类，且不得与最近 5 次使用过的密码相同。',
    currentRequired: '请输入当前密码',
    newRequired: '请输入新密码',
    confirmRequired: '请再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    tooShort: '密码长度不少于 8 位',
    tooFewClasses: '须包含大写字母、小写字母、数字、符号中的至少三类',
    sameAsCurrent: '新密码不能与当前密码相同',
    submit: '确认修改',
    success: '密码修改成功，其他设备上的登录已失效',
  },
};

export const authEn: typeof authZhCN = {
  password: {
    title: 'Change password',
    mustChange: 'For the security of your account, change your password after the first sign-in or a reset before doing anything else.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    rules: 'At least 8 characters mixing three of upper case, lower case, digits and symbols, and different from your last 5 passwords.',
    currentRequired: 'Enter your current password',
    newRequired: 'Enter a new password',
    confirmRequired: 'Enter the new password again',
    mismatch: 'The two new passwords differ',
    tooShort: 'Use at least 8 characters',
    tooFewClasses: 'Mix three of upper case, lower case, digits and symbols',
    sameAsCurrent: 'The new password must differ from the current one',
    submit: 'Change password',
    success: 'Password changed; sign-ins on other devices have ended',
  },
};

// The strings ride with this area's lazy chunks, not the login page's entry chunk: every page
// (and component used elsewhere) of the area imports this file (see i18n/add-strings.ts).
addStrings(authZhCN, authEn);
