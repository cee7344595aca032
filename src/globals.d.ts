/** Build-time constants set by webpack's DefinePlugin (and by jest's globals in tests). */
declare const __PREVIEW__: boolean;
declare const __TEMPLATE_URL__: string;
