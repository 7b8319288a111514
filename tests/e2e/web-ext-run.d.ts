// web-ext-run (WXT's fork of `web-ext run`) ships no types: only what firefox.test.ts uses.
declare module 'web-ext-run' {
  export interface RunOptions {
    sourceDir: string;
    target: ('firefox-desktop' | 'chromium')[];
    firefox?: string;
    noReload?: boolean;
    noInput?: boolean;
    args?: string[];
    firefoxProfile?: string;
    /** Use `firefoxProfile` itself rather than a copy of it. */
    keepProfileChanges?: boolean;
  }

  /** Firefox's remote debugging protocol (RDP) client, as web-ext-run holds it. */
  export interface RdpClient {
    request<T = unknown>(request: string | { to: string; type: string; [key: string]: unknown }): Promise<T>;
  }

  export interface FirefoxDesktopRunner {
    remoteFirefox: { client: RdpClient };
    /** Source folder → id of the add-on installed from it. */
    reloadableExtensions: Map<string, string>;
    runningInfo: { firefox: import('node:child_process').ChildProcess };
  }

  export interface MultiExtensionRunner {
    extensionRunners: FirefoxDesktopRunner[];
    exit(): Promise<void>;
  }

  export const cmd: {
    run(options: RunOptions, dependencies?: { shouldExitProgram?: boolean }): Promise<MultiExtensionRunner>;
  };
}
