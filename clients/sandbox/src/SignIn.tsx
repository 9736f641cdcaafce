import { useState, type FormEvent } from 'react';
import { DEPARTMENTS, requestDevelopmentToken, ROLES, session, type Role } from './session';

/** Development sign-in: a role for a fresh token, or a token from elsewhere pasted in. */
export function SignIn() {
  const [role, setRole] = useState<Role>('leader');
  const [department, setDepartment] = useState<string>(DEPARTMENTS[0]);
  const [division, setDivision] = useState('');
  const [pasted, setPasted] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      session.signIn(
        await requestDevelopmentToken({
          role,
          ...(role === 'staff' ? { department } : {}),
          ...(division.trim() ? { division: division.trim() } : {}),
        }),
      );
    } catch (failure) {
      setError(`Sign-in failed: ${(failure as Error).message}`);
    }
  }

  function signInWithToken(event: FormEvent) {
    event.preventDefault();
    if (pasted.trim()) session.signIn(pasted);
  }

  return (
    <main className="sign-in">
      <h1>Forestry GraphQL sandbox</h1>
      <p className="sign-in__lead">Queries run against this gateway with your token. Pick a development role, or paste a token.</p>
      <form className="sign-in__form" onSubmit={signIn}>
        <label>
          Role
          <select value={role} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
        {role === 'staff' && (
          <label>
            Department
            <select value={department} onChange={(event) => setDepartment(event.target.value)}>
              {DEPARTMENTS.map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          Jurisdiction (optional)
          <input value={division} onChange={(event) => setDivision(event.target.value)} placeholder="e.g. 230700" pattern="\d{6}" />
        </label>
        <button type="submit">Sign in</button>
      </form>
      <form className="sign-in__form" onSubmit={signInWithToken}>
        <label>
          Token
          <textarea value={pasted} onChange={(event) => setPasted(event.target.value)} placeholder="Bearer token (JWT)" rows={3} />
        </label>
        <button type="submit" disabled={!pasted.trim()}>
          Use token
        </button>
      </form>
      {error && (
        <p className="sign-in__error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}
