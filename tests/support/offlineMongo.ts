// MongoDB models compiled on a connection that never opens: the schemas, mappers and validation of the
// Mongo store, checked without a server (the repositories' behaviour is the contract suite's, run by
// tests/storage/mongo.test.ts when MONGODB_URI is set).
import mongoose, { type Connection } from 'mongoose';
import { defineModels, type MongoModels } from '../../server/storage/mongo';

/** Defines the models before the file's tests (handing them to `use`) and closes the connection after. */
export function withOfflineModels(use: (models: MongoModels) => void): void {
  let connection: Connection;
  beforeAll(() => {
    connection = mongoose.createConnection();
    use(defineModels(connection));
  });
  afterAll(async () => {
    await connection.close();
  });
}

/** The paths a document fails validation on, sorted; null when it is valid. */
export const validationErrorsOf = (doc: { validateSync(): mongoose.Error.ValidationError | null }): string[] | null => {
  const error = doc.validateSync();
  return error ? Object.keys(error.errors).sort() : null;
};
