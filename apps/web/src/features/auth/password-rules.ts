// The server's password rule, for instant feedback in the form; the server stays the authority
// (`auth.weak_password`). Imported from the zod-free entry so the page does not carry zod.
export { passwordStrengthProblems as passwordProblems, type PasswordProblem } from '@yunju/contracts/password-policy';
