import { describe, expect, test } from 'vitest';
import { decideWindowOpen, isAllowedExternalUrl } from '../../../electron/main/security/external-url-policy';

describe('checklist item 14: new windows are always denied', () => {
  test('allowlisted links are denied as windows but handed to the system browser', () => {
    expect(decideWindowOpen('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html')).toEqual({
      action: 'deny',
      openExternally: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html',
    });
  });
  test('anything else is denied and not opened at all', () => {
    for (const url of ['https://evil.example/', 'app://tinhgon/index.html', 'about:blank', ''])
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
  });
});

describe('checklist item 15: shell.openExternal only for allowlisted https URLs', () => {
  test('https on an allowlisted host or its subdomain', () => {
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/')).toBe(true);
    expect(isAllowedExternalUrl('https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=1')).toBe(true);
    expect(
      isAllowedExternalUrl(
        'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-02-2017-TT-VPCP.aspx',
      ),
    ).toBe(true);
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn:443/')).toBe(true); // default port, normalised away
  });

  test('refuses other schemes, credentials, odd ports, suffix tricks and garbage', () => {
    const refused = [
      'http://dichvucong.gov.vn/', // not https
      'file:///C:/Windows/System32/calc.exe',
      'ms-msdt:/id PCWDiagnostic',
      'smb://dichvucong.gov.vn/share',
      'javascript:alert(1)',
      'https://user:pw@dichvucong.gov.vn/',
      'https://user@dichvucong.gov.vn/',
      'https://dichvucong.gov.vn:8443/',
      'https://evildichvucong.gov.vn/',
      'https://dichvucong.gov.vn.evil.example/',
      'https://evil.example/?https://dichvucong.gov.vn/',
      'https://evil.example/#dichvucong.gov.vn',
      '//dichvucong.gov.vn/',
      'dichvucong.gov.vn',
      'https://',
      '',
    ];
    for (const url of refused) expect(isAllowedExternalUrl(url), url).toBe(false);
    for (const v of [undefined, null, 1, { href: 'https://dichvucong.gov.vn/' }])
      expect(isAllowedExternalUrl(v)).toBe(false);
  });

  test('the allowlist is a parameter: an empty list opens nothing', () => {
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/', [])).toBe(false);
    expect(decideWindowOpen('https://dichvucong.gov.vn/', []).openExternally).toBeNull();
  });
});
