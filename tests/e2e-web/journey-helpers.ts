import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Rà soát → the demo plan → 1.001612, the worked example (status "Đang rà soát"). */
export async function openWorkedExample(page: Page): Promise<void> {
  await page.locator('.rail').getByRole('button', { name: 'Rà soát' }).click();
  await page.getByRole('button', { name: /Kế hoạch rà soát, đánh giá TTHC năm 2026/ }).click();
  await page.getByRole('button', { name: /1\.001612/ }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đang rà soát');
}

/** In the review screen: choose the demo manager and confirm the PIN. */
export async function becomeManager(page: Page, pin = '1234'): Promise<void> {
  await page.getByLabel('Đổi người dùng').selectOption({ label: 'Lãnh đạo (lãnh đạo)' });
  await page.locator('.review-pin input').fill(pin);
  await page.locator('.review-pin').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('.rail-foot')).toContainText('Lãnh đạo');
}

/** The officer submits the worked example, the manager approves it with the PIN. */
export async function submitAndApprove(page: Page): Promise<void> {
  await openWorkedExample(page);
  await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã đề xuất');
  await becomeManager(page);
  await page.getByRole('button', { name: 'Phê duyệt' }).click();
  await page.locator('.review-flow-form input[type=password]').fill('1234');
  await page.locator('.review-flow-form').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('review-status')).toHaveText('Đã phê duyệt');
}

/** A file as a page-side DataTransfer, dropped on `selector` as a drag from the desktop would. */
export async function dropFile(page: Page, selector: string, name: string, bytes: Buffer, type: string) {
  // A string expression: the test tsconfig has no DOM types.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const raw = atob(${JSON.stringify(bytes.toString('base64'))});
    const data = Uint8Array.from(raw, (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([data], ${JSON.stringify(name)}, { type: ${JSON.stringify(type)} }));
    return dt;
  })()`);
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** WCAG contrast ratio of an element's text against the nearest opaque background behind it. */
export function contrastOf(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const parse = (c) => { const m = c.match(/[\\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m[3] ?? 1 }; };
    let bg = null;
    for (let n = el; n && !bg; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.a === 1) bg = c;
    }
    bg ??= { r: 255, g: 255, b: 255, a: 1 };
    const fg = parse(getComputedStyle(el).color);
    const opacity = Number(getComputedStyle(el).opacity);
    const a = fg.a * opacity;
    const mix = (f, b) => f * a + b * (1 - a);
    const text = { r: mix(fg.r, bg.r), g: mix(fg.g, bg.g), b: mix(fg.b, bg.b) };
    const lum = (c) => {
      const ch = [c.r, c.g, c.b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
    };
    const [hi, lo] = [lum(text), lum(bg)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  })()`);
}
