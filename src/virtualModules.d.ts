/** Made at build time by scripts/vite/datasetValidator.ts from the dataset contract. */
declare module "virtual:dataset-schema-validator" {
  /** True when `data` matches the dataset's JSON Schema. */
  const validate: (data: unknown) => boolean;
  export default validate;
}
