/** Builds the host's errors (errors.ts), with the English words as the message for logs. */
import { translate, type Params } from '../i18n/translate';
import { HOST_ERRORS, type HostErrorKey, type IpcError } from './errors';

export function hostError(key: HostErrorKey, params: Params = {}): IpcError {
  return { code: HOST_ERRORS[key], key, params, message: translate('en', `hostError.${key}`, params) };
}
