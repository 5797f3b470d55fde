/** The little of the extension APIs the e2e tests call inside extension pages. */
interface E2eExtensionApi {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    sync: { set(values: Record<string, unknown>): Promise<void> };
  };
  runtime: { id: string; sendMessage(message: unknown): Promise<unknown> };
}
declare const browser: E2eExtensionApi;
declare const chrome: E2eExtensionApi;
