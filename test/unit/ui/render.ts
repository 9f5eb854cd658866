import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Render into a fresh container and let effects and storage reads settle. */
export async function mount(app: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(app, root));
  await settle();
  return root;
}

/** Flush pending promises (storage reads, replies) and the renders they cause. */
export const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

export async function click(element: Element | null) {
  await act(() => (element as HTMLElement).click());
  await settle();
}

export async function type(element: Element | null, value: string) {
  const input = element as HTMLInputElement | HTMLSelectElement;
  input.value = value;
  await act(() => {
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
