/** The repository a run works on: what every GitHub request is addressed to. */
export interface Repo {
  owner: string;
  repo: string;
}
