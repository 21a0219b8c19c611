import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiFailure } from '../api/http.ts';

/** The fields an auth form may ask for. */
export interface AuthFields {
  handle: string;
  name: string;
  password: string;
}

/** A centered card with handle, (name,) password and one submit button; shows the server's message on failure. */
export function AuthForm(props: {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  askName: boolean;
  onSubmit: (fields: AuthFields) => Promise<void>;
  footer?: ReactNode;
  errorFor?: (error: ApiFailure) => ReactNode;
}) {
  const [fields, setFields] = useState<AuthFields>({ handle: '', name: '', password: '' });
  const [error, setError] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof AuthFields) => (event: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(fields);
    } catch (failure) {
      const custom = failure instanceof ApiFailure ? props.errorFor?.(failure) : undefined;
      setError(custom ?? (failure instanceof Error ? failure.message : String(failure)));
      setBusy(false);
    }
  };
  return (
    <main className="center-page">
      <form className="card card--narrow form" onSubmit={submit} aria-label={props.title}>
        <div className="brand brand--big">
          <span className="brand__mark" aria-hidden="true" />
          Sprintboard
        </div>
        <h1>{props.title}</h1>
        {props.intro && <p className="muted">{props.intro}</p>}
        <label className="field">
          <span>Handle</span>
          <input
            className="input"
            name="handle"
            autoComplete="username"
            required
            value={fields.handle}
            onChange={set('handle')}
            placeholder="e.g. ana"
          />
        </label>
        {props.askName && (
          <label className="field">
            <span>Name</span>
            <input
              className="input"
              name="name"
              autoComplete="name"
              required
              value={fields.name}
              onChange={set('name')}
              placeholder="e.g. Ana López"
            />
          </label>
        )}
        <label className="field">
          <span>Password</span>
          <input
            className="input"
            name="password"
            type="password"
            autoComplete={props.askName ? 'new-password' : 'current-password'}
            required
            minLength={props.askName ? 8 : 1}
            value={fields.password}
            onChange={set('password')}
          />
        </label>
        {error && (
          <p className="form__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn--primary btn--block" disabled={busy}>
          {props.submitLabel}
        </button>
        {props.footer && <div className="form__footer">{props.footer}</div>}
      </form>
    </main>
  );
}
