/**
 * `npm run server -- --pg … accounts add|list|passwd|disable|enable` on the server machine: the accounts beyond
 * the first admin without a browser. Each command is the province call the *Đơn vị & tài khoản* screen makes
 * (same schema, same rules, same audit), made by the machine's user as an administrator; passwords come from
 * TINHGON_PASSWORD or a prompt, never from the command line.
 */
import { hostname, userInfo } from 'node:os';
import { findAccount } from '../../db/pg/queries/accounts';
import { askPassword } from '../backend/submission/ask-password';
import { ApiFailure } from '../backend/api-failure';
import { AccountName, AccountRole, Password, type ProvinceOutputOf } from '../shared/contract/province';
import { renderError, type Locale } from '../shared/errors';
import type { ServerArgs } from './args';
import { ServerUsageError } from './args';
import type { Caller, ServerContext } from './context';
import { runProvince } from './dispatch';
import { checkNewAccount } from './handlers/admin';

/** Refused input: the message (Vietnamese / English) goes to stderr, exit code 1, nothing stored. */
export class AccountsInputError extends Error {}

const both = (message: (locale: Locale) => string) => `${message('vi')} / ${message('en')}`;

/** The audit names the machine's user: whoever had the server's console did it. */
export function consoleCaller(): Caller {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no entry in the user database (a container's arbitrary uid)
  }
  return {
    accountId: 0,
    name: `console:${user}`,
    role: 'admin',
    unitCode: null,
    remote: `console@${hostname()}`,
    locale: 'vi',
  };
}

function refuse(err: unknown): never {
  if (err instanceof ApiFailure)
    throw new AccountsInputError(both((l) => renderError(err.code, err.params, l)));
  throw err;
}

async function call(ctx: ServerContext, method: string, input: unknown): Promise<unknown> {
  const outcome = await runProvince(ctx, consoleCaller(), method, input);
  if (!outcome.ok) throw new AccountsInputError(both(outcome.message));
  return outcome.value;
}

function accountName(text: string | undefined): string {
  if (!text) throw new ServerUsageError('Thiếu tên tài khoản / missing account NAME');
  const parsed = AccountName.safeParse(text);
  if (!parsed.success)
    throw new AccountsInputError(
      `Tên tài khoản "${text.slice(0, 60)}" không hợp lệ: 3–60 chữ cái, chữ số hoặc . _ @ -; không lưu gì. / Invalid account name: 3–60 letters, digits or . _ @ -; nothing stored.`,
    );
  return parsed.data;
}

/** The new password: from the environment variable, or typed twice at a prompt that does not echo. */
async function newPassword(name: string, variable: string): Promise<string> {
  const min = Password.minLength ?? 0;
  const max = Password.maxLength ?? Infinity;
  const password = await askPassword(variable, `Mật khẩu mới của ${name} / new password: `);
  if (!password)
    throw new AccountsInputError(
      `Thiếu mật khẩu: đặt ${variable} hoặc gõ khi được hỏi; không lưu gì. / Missing password: set ${variable} or type it at the prompt; nothing stored.`,
    );
  if (!Password.safeParse(password).success)
    throw new AccountsInputError(
      `Mật khẩu cần từ ${min} đến ${max} ký tự; không lưu gì. / The password needs ${min} to ${max} characters; nothing stored.`,
    );
  if (!process.env[variable] && process.stdin.isTTY) {
    const again = await askPassword('', 'Nhập lại / again: ');
    if (again !== password)
      throw new AccountsInputError(
        'Hai lần nhập mật khẩu không khớp; không lưu gì. / The two passwords differ; nothing stored.',
      );
  }
  return password;
}

const ROLE_TEXT: Record<AccountRole, string> = {
  admin: 'quản trị / admin',
  officer: 'cán bộ tỉnh / officer',
  unit: 'tài khoản gửi của đơn vị / unit',
};

export type AccountsCommand = Pick<ServerArgs, 'command'> &
  Partial<Pick<ServerArgs, 'role' | 'unit' | 'json'>>;

export async function runAccountsCommand(
  ctx: ServerContext,
  args: AccountsCommand,
  say: (line: string) => void,
  o: { passwordVariable?: string } = {},
): Promise<void> {
  const variable = o.passwordVariable ?? 'TINHGON_PASSWORD';
  const [, verb, name, ...extra] = args.command;
  if (extra.length > 0) throw new ServerUsageError(`Thừa / unexpected: ${extra.join(' ')}`);
  if (verb !== 'add' && (args.role !== undefined || args.unit !== undefined))
    throw new ServerUsageError('--role, --unit: chỉ dùng với accounts add / only with accounts add');
  switch (verb) {
    case 'list': {
      if (name) throw new ServerUsageError(`Thừa / unexpected: ${name}`);
      const rows = (await call(
        ctx,
        'province.accounts.list',
        {},
      )) as ProvinceOutputOf<'province.accounts.list'>;
      if (args.json) return say(JSON.stringify(rows));
      for (const r of rows)
        say(
          [
            r.name,
            ROLE_TEXT[r.role],
            r.unitCode ?? '—',
            r.disabled ? 'đã khóa / locked' : 'hoạt động / active',
            r.createdAt,
          ].join('\t'),
        );
      return;
    }
    case 'add': {
      const account = accountName(name);
      const role = AccountRole.safeParse(args.role);
      if (!role.success)
        throw new ServerUsageError('accounts add NAME --role officer|unit|admin [--unit CODE]');
      const unitCode = args.unit?.normalize('NFC') ?? null;
      // Refused before the prompt (the call itself checks again).
      await checkNewAccount(ctx.pg, { name: account, role: role.data, unitCode }).catch(refuse);
      const password = await newPassword(account, variable);
      await call(ctx, 'province.accounts.create', { name: account, role: role.data, unitCode, password });
      return say(
        `Đã tạo tài khoản "${account}" (${ROLE_TEXT[role.data]}${unitCode ? ` ${unitCode}` : ''}). / Account created.`,
      );
    }
    case 'passwd': {
      const account = accountName(name);
      // Refused before the prompt when there is no such account (the call itself checks again).
      if (!(await findAccount(ctx.pg, account)))
        refuse(new ApiFailure('PROVINCE_ACCOUNT_NOT_FOUND', { name: account }));
      const password = await newPassword(account, variable);
      await call(ctx, 'province.accounts.setPassword', { name: account, password });
      return say(`Đã đặt mật khẩu mới cho "${account}". / Password set.`);
    }
    case 'disable':
    case 'enable': {
      const account = accountName(name);
      await call(ctx, 'province.accounts.setDisabled', { name: account, disabled: verb === 'disable' });
      return say(
        verb === 'disable'
          ? `Đã khóa tài khoản "${account}"; các phiên đăng nhập của nó đã đóng. / Account locked; its sessions are closed.`
          : `Đã mở khóa tài khoản "${account}". / Account unlocked.`,
      );
    }
    default:
      throw new ServerUsageError(`accounts add|list|passwd|disable|enable: ${verb ?? '?'}`);
  }
}
