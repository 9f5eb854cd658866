interface ImportMetaEnv {
  /** True in the `build:e2e` variant: enabled on every site, for automated browsers. */
  readonly SWITCHBOARD_E2E?: boolean;
}
