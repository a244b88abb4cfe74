import { availableDatabaseKinds } from "./databases";

export default async function dbGlobalSetup(): Promise<void> {
  process.env.TEST_DATABASE_KINDS = (await availableDatabaseKinds()).join(",");
}
